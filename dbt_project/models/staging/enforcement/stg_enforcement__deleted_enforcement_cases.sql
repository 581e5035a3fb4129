{#- Enforcement cases whose latest version is flagged deleted (macro deleted_case_keys). -#}
{{ deleted_case_keys('enforcement', 'enforcement_cases') }}
