-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- office_workload.yaml: item weights, quality and adoption factors
with

final as (

    select
        cast(literal_rows.factor_kind as {{ dbt.type_string() }}) as factor_kind,
        cast(literal_rows.code as {{ dbt.type_string() }}) as code,
        cast(literal_rows.factor as double) as factor,
        cast(literal_rows.scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
        ('item_type', 'official_document', 1.0, '2d4400847555c16e'),
        ('item_type', 'information_report', 1.5, '2d4400847555c16e'),
        ('item_type', 'research_article', 4.0, '2d4400847555c16e'),
        ('item_type', 'publicity', 1.2, '2d4400847555c16e'),
        ('item_type', 'meeting_service', 0.8, '2d4400847555c16e'),
        ('item_type', 'archive_management', 0.3, '2d4400847555c16e'),
        ('item_type', 'training', 2.0, '2d4400847555c16e'),
        ('item_type', 'it_support', 0.5, '2d4400847555c16e'),
        ('quality_grade', 'A', 1.2, '2d4400847555c16e'),
        ('quality_grade', 'B', 1.0, '2d4400847555c16e'),
        ('quality_grade', 'C', 0.6, '2d4400847555c16e'),
        ('adopted_level', 'none', 1.0, '2d4400847555c16e'),
        ('adopted_level', 'city', 1.5, '2d4400847555c16e'),
        ('adopted_level', 'region', 2.0, '2d4400847555c16e'),
        ('adopted_level', 'national', 3.0, '2d4400847555c16e')
    ) as literal_rows (factor_kind, code, factor, scoring_config_version)

)

select * from final
