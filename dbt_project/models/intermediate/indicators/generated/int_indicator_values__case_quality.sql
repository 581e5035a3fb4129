-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- case_quality: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept); its definitions: the model's meta (_generated__models.yml); the SQL, written once for
-- every category: macros/indicator_values.sql
{{ config(**period_incremental_config('case_quality')) }}
{{ indicator_values('case_quality') }}
