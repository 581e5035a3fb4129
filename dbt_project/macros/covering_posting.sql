{#-
    For each row of `events`, the posting of `person_column` that covers `date_column` (valid_to is the
    posting's last day; should two postings cover the day, the later-starting one wins). Returns
    event_key, posting_id, court_code, dept_id and role; rows with no covering posting are absent.
-#}
{% macro covering_posting(events, event_key, person_column, date_column) -%}
    select
        event_key,
        posting_id,
        court_code,
        dept_id,
        role
    from (
        select
            {{ events }}.{{ event_key }} as event_key,
            postings.posting_id,
            postings.court_code,
            postings.dept_id,
            postings.role,
            row_number() over (
                partition by {{ events }}.{{ event_key }}
                order by postings.valid_from desc, postings.posting_id desc
            ) as posting_rank
        from {{ events }}
        inner join {{ ref('int_person_postings') }} as postings
            on
                {{ events }}.{{ person_column }} = postings.person_id
                and {{ events }}.{{ date_column }} >= postings.valid_from
                and {{ events }}.{{ date_column }} <= postings.valid_to_filled
    ) as ranked
    where posting_rank = 1
{%- endmacro %}
