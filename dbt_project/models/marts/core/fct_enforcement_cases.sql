{#- The enforcement cases as int_enforcement_cases_enriched measures them, published under the contract. -#}
select * from {{ ref('int_enforcement_cases_enriched') }}
