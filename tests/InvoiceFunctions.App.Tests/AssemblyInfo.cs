// The end-to-end tests start Azurite and host processes: on two cores they run one at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
