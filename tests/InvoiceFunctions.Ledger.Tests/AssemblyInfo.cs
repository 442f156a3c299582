// Each test class starts its own Azurite; on two cores they run one at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
