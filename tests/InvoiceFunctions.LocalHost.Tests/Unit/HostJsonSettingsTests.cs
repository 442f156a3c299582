using InvoiceFunctions.LocalHost.Hosting;

namespace InvoiceFunctions.LocalHost.Tests.Unit;

public sealed class HostJsonSettingsTests
{
    [Fact]
    public void Load_NoFile_UsesTheFunctionsHostDefaults()
    {
        var settings = HostJsonSettings.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "host.json"));

        Assert.Equal("api", settings.RoutePrefix);
        Assert.Equal(16, settings.Queues.BatchSize);
        Assert.Equal(8, settings.Queues.NewBatchThreshold);
        Assert.Equal(5, settings.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromMinutes(1), settings.Queues.MaxPollingInterval);
        Assert.Equal(4, settings.Durable.PartitionCount);
    }

    [Fact]
    public void Load_Values_AreRead()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            {
              // comments are allowed, as in the Functions host
              "version": "2.0",
              "functionTimeout": "00:05:00",
              "extensions": {
                "http": { "routePrefix": "v1" },
                "queues": { "batchSize": 4, "maxDequeueCount": 2, "visibilityTimeout": "00:00:30", "messageEncoding": "none" },
                "durableTask": { "hubName": "Billing", "storageProvider": { "partitionCount": 2 } }
              }
            }
            """);

        var settings = HostJsonSettings.Load(path);

        Assert.Equal("v1", settings.RoutePrefix);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.FunctionTimeout);
        Assert.Equal(4, settings.Queues.BatchSize);
        Assert.Equal(2, settings.Queues.NewBatchThreshold);
        Assert.Equal(2, settings.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.Queues.VisibilityTimeout);
        Assert.False(settings.Queues.Base64Encoding);
        Assert.Equal("Billing", settings.Durable.HubName);
        Assert.Equal(2, settings.Durable.PartitionCount);
    }
}
