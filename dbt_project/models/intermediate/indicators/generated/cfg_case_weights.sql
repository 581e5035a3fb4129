-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- config/workload/case_weights.csv: weight per case type and procedure ('*' = any)
{{ config(materialized='ephemeral') }}
with

final as (

    select '民初' as case_type_code, 'ordinary' as procedure, cast(1.0 as double) as weight
    union all
    select '民初' as case_type_code, 'simple' as procedure, cast(0.6 as double) as weight
    union all
    select '民初' as case_type_code, 'small_claims' as procedure, cast(0.4 as double) as weight
    union all
    select '民终' as case_type_code, '*' as procedure, cast(1.2 as double) as weight
    union all
    select '民申' as case_type_code, '*' as procedure, cast(0.5 as double) as weight
    union all
    select '刑申' as case_type_code, '*' as procedure, cast(0.5 as double) as weight
    union all
    select '行申' as case_type_code, '*' as procedure, cast(0.5 as double) as weight
    union all
    select '民再' as case_type_code, '*' as procedure, cast(1.5 as double) as weight
    union all
    select '刑再' as case_type_code, '*' as procedure, cast(1.5 as double) as weight
    union all
    select '民特' as case_type_code, '*' as procedure, cast(0.3 as double) as weight
    union all
    select '刑初' as case_type_code, 'ordinary' as procedure, cast(1.5 as double) as weight
    union all
    select '刑初' as case_type_code, 'simple' as procedure, cast(0.8 as double) as weight
    union all
    select '刑初' as case_type_code, 'speedy' as procedure, cast(0.4 as double) as weight
    union all
    select '刑终' as case_type_code, '*' as procedure, cast(1.5 as double) as weight
    union all
    select '行初' as case_type_code, '*' as procedure, cast(1.3 as double) as weight
    union all
    select '行终' as case_type_code, '*' as procedure, cast(1.3 as double) as weight
    union all
    select '破' as case_type_code, '*' as procedure, cast(5.0 as double) as weight
    union all
    select '诉前调确' as case_type_code, '*' as procedure, cast(0.2 as double) as weight
    union all
    select '执' as case_type_code, '*' as procedure, cast(0.5 as double) as weight
    union all
    select '执恢' as case_type_code, '*' as procedure, cast(0.3 as double) as weight
    union all
    select '执异' as case_type_code, '*' as procedure, cast(0.4 as double) as weight
    union all
    select '执复' as case_type_code, '*' as procedure, cast(0.4 as double) as weight
    union all
    select '执监' as case_type_code, '*' as procedure, cast(0.4 as double) as weight
    union all
    select '执保' as case_type_code, '*' as procedure, cast(0.1 as double) as weight

)

select * from final
