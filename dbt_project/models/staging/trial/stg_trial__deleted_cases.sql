{#- Trial cases whose latest version is flagged deleted (macro deleted_case_keys). -#}
{{ deleted_case_keys('trial', 'cases') }}
