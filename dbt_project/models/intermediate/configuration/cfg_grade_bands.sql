-- Generated from dbt_project/config/scoring by `courtperf catalog` (scoring/). Do not edit.
-- grades.yaml scales: one row per grade, from the top (position 1) down
with

final as (

    select
        cast(literal_rows.scale as {{ dbt.type_string() }}) as scale,
        cast(literal_rows.position as integer) as position,
        cast(literal_rows.grade as {{ dbt.type_string() }}) as grade,
        cast(literal_rows.min_total as double) as min_total,
        cast(literal_rows.scoring_config_version as {{ dbt.type_string() }}) as scoring_config_version
    from (
        values
        ('regular', 1, '好', 85.0, '2d4400847555c16e'),
        ('regular', 2, '较好', 70.0, '2d4400847555c16e'),
        ('regular', 3, '一般', 60.0, '2d4400847555c16e'),
        ('regular', 4, '较差', null, '2d4400847555c16e'),
        ('annual', 1, '优秀', 85.0, '2d4400847555c16e'),
        ('annual', 2, '称职', 60.0, '2d4400847555c16e'),
        ('annual', 3, '基本称职', 50.0, '2d4400847555c16e'),
        ('annual', 4, '不称职', null, '2d4400847555c16e')
    ) as literal_rows (scale, position, grade, min_total, scoring_config_version)

)

select * from final
