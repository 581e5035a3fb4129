-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- office_workload.yaml: item weights, quality and adoption factors
with

final as (

    select cast('item_type' as {{ dbt.type_string() }}) as factor_kind, cast('official_document' as {{ dbt.type_string() }}) as code, cast(1.0 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('item_type' as {{ dbt.type_string() }}) as factor_kind, cast('information_report' as {{ dbt.type_string() }}) as code, cast(1.5 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('item_type' as {{ dbt.type_string() }}) as factor_kind, cast('research_article' as {{ dbt.type_string() }}) as code, cast(4.0 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('item_type' as {{ dbt.type_string() }}) as factor_kind, cast('publicity' as {{ dbt.type_string() }}) as code, cast(1.2 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('item_type' as {{ dbt.type_string() }}) as factor_kind, cast('meeting_service' as {{ dbt.type_string() }}) as code, cast(0.8 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('item_type' as {{ dbt.type_string() }}) as factor_kind, cast('archive_management' as {{ dbt.type_string() }}) as code, cast(0.3 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('item_type' as {{ dbt.type_string() }}) as factor_kind, cast('training' as {{ dbt.type_string() }}) as code, cast(2.0 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('item_type' as {{ dbt.type_string() }}) as factor_kind, cast('it_support' as {{ dbt.type_string() }}) as code, cast(0.5 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('quality_grade' as {{ dbt.type_string() }}) as factor_kind, cast('A' as {{ dbt.type_string() }}) as code, cast(1.2 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('quality_grade' as {{ dbt.type_string() }}) as factor_kind, cast('B' as {{ dbt.type_string() }}) as code, cast(1.0 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('quality_grade' as {{ dbt.type_string() }}) as factor_kind, cast('C' as {{ dbt.type_string() }}) as code, cast(0.6 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('adopted_level' as {{ dbt.type_string() }}) as factor_kind, cast('none' as {{ dbt.type_string() }}) as code, cast(1.0 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('adopted_level' as {{ dbt.type_string() }}) as factor_kind, cast('city' as {{ dbt.type_string() }}) as code, cast(1.5 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('adopted_level' as {{ dbt.type_string() }}) as factor_kind, cast('region' as {{ dbt.type_string() }}) as code, cast(2.0 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version
    union all
    select cast('adopted_level' as {{ dbt.type_string() }}) as factor_kind, cast('national' as {{ dbt.type_string() }}) as code, cast(3.0 as double) as factor, cast('681052b9e35e6905' as {{ dbt.type_string() }}) as scoring_config_version

)

select * from final
