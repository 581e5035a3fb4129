{{ supervision_profile('person') }}
