-- Generated from dbt_project/config by `courtperf catalog` (codegen/). Do not edit.
-- config/workload/case_weights.csv: weight per case type and procedure ('*' = any)
{{ config(materialized='ephemeral') }}
with

final as (

    select
        cast(literal_rows.case_type_code as {{ dbt.type_string() }}) as case_type_code,
        cast(literal_rows.procedure as {{ dbt.type_string() }}) as procedure,
        cast(literal_rows.weight as double) as weight
    from (
        values
        ('民初', 'ordinary', 1.0),
        ('民初', 'simple', 0.6),
        ('民初', 'small_claims', 0.4),
        ('民终', '*', 1.2),
        ('民申', '*', 0.5),
        ('刑申', '*', 0.5),
        ('行申', '*', 0.5),
        ('民再', '*', 1.5),
        ('刑再', '*', 1.5),
        ('民特', '*', 0.3),
        ('刑初', 'ordinary', 1.5),
        ('刑初', 'simple', 0.8),
        ('刑初', 'speedy', 0.4),
        ('刑终', '*', 1.5),
        ('行初', '*', 1.3),
        ('行终', '*', 1.3),
        ('破', '*', 5.0),
        ('诉前调确', '*', 0.2),
        ('执', '*', 0.5),
        ('执恢', '*', 0.3),
        ('执异', '*', 0.4),
        ('执复', '*', 0.4),
        ('执监', '*', 0.4),
        ('执保', '*', 0.1)
    ) as literal_rows (case_type_code, procedure, weight)

)

select * from final
