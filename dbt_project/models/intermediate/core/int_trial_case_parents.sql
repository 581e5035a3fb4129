{#- Every trial case a child row may name, with what the child marts take from it (macro case_parents). -#}
{{ case_parents(
    'stg_trial__cases',
    'stg_trial__deleted_cases',
    ['case_type_code', 'court_code', 'dept_id', 'handling_judge_id']
) }}
