-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- trial: the values of its indicators, one definition each, for the periods built tonight
-- (the others are kept); its definitions: the model's meta (_generated__models.yml); the SQL, written once for
-- every category: macros/indicator_values.sql
{{ config(**period_incremental_config('trial')) }}
{{ indicator_values('trial') }}
