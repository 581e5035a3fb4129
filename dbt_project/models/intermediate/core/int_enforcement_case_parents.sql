{#- Every enforcement case an enforcement action may name, with what its mart takes from it (macro case_parents). -#}
{{ case_parents(
    'stg_enforcement__enforcement_cases',
    'stg_enforcement__deleted_enforcement_cases',
    ['court_code', 'dept_id', 'handling_officer_id']
) }}
