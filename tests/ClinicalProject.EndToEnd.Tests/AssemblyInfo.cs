// Each collection starts a whole suite (a broker node, four services and the gateway): one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
