using System.Text.Json.Nodes;
using InvoiceFunctions.Infra.Tests.Templates;

namespace InvoiceFunctions.Infra.Tests.EventGrid;

public sealed class EventGridTemplateTests
{
    private static readonly CompiledTemplate Main = CompiledTemplate.MainTemplate;

    private static JsonNode Subscription => Main.SingleOfType("eventGrid", "Microsoft.EventGrid/systemTopics/eventSubscriptions");

    [Fact]
    public void SystemTopic_Source_IsTheStorageAccount()
    {
        var topic = Main.SingleOfType("eventGrid", "Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["properties"]!["topicType"]);
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", (string?)topic["properties"]!["source"]);
        Assert.Equal("[reference('storage').outputs.name.value]", (string?)Main.ModuleArgument("eventGrid", "storageAccountName"));
    }

    [Fact]
    public void Subscription_Filter_BlobCreatedOnly()
    {
        var filter = Subscription["properties"]!["filter"]!;

        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter["includedEventTypes"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public void Subscription_Filter_EventSourceContainers()
    {
        var advanced = Assert.Single(Subscription["properties"]!["filter"]!["advancedFilters"]!.AsArray())!;
        var loop = Assert.Single(advanced["copy"]!.AsArray())!;

        Assert.Equal("StringBeginsWith", (string?)advanced["operatorType"]);
        Assert.Equal("subject", (string?)advanced["key"]);
        Assert.Equal("values", (string?)loop["name"]);
        Assert.Equal("[format('/blobServices/default/containers/{0}/', parameters('sourceContainerNames')[copyIndex('values')])]", (string?)loop["input"]);
        Assert.Equal("[variables('eventSourceContainerNames')]", (string?)Main.ModuleArgument("eventGrid", "sourceContainerNames"));
        Assert.Equal(["inbox", "mail-inbox", "bank", "delivery-reports"], Main.Variable("eventSourceContainerNames").AsArray().Select(c => (string?)c));
    }

    [Fact]
    public void Subscription_Destination_BlobEventsQueueInEventGridSchema()
    {
        var properties = Subscription["properties"]!;
        var delivery = properties["deliveryWithResourceIdentity"]!;

        Assert.Equal("EventGridSchema", (string?)properties["eventDeliverySchema"]);
        Assert.Equal("SystemAssigned", (string?)delivery["identity"]!["type"]);
        Assert.Equal("StorageQueue", (string?)delivery["destination"]!["endpointType"]);
        Assert.Equal("[parameters('blobEventsQueueName')]", (string?)delivery["destination"]!["properties"]!["queueName"]);
        Assert.Equal("[variables('blobEventsQueueName')]", (string?)Main.ModuleArgument("eventGrid", "blobEventsQueueName"));
        Assert.Equal("blob-events", (string?)Main.Variable("blobEventsQueueName"));
    }

    [Fact]
    public void SystemTopicIdentity_MaySendToQueues_BeforeTheSubscriptionExists()
    {
        var template = Main.ModuleTemplate("eventGrid");
        var roles = CompiledTemplate.ResourcesOfType(template, "Microsoft.Authorization/roleAssignments")
            .Select(r => (string)r["properties"]!["roleDefinitionId"]!)
            .ToList();

        // Storage Queue Data Message Sender.
        Assert.Contains(roles, r => r.Contains("storageQueueDataMessageSenderRoleId", StringComparison.Ordinal));
        Assert.Equal("c6a89b2d-59bc-44d0-9896-0f6e12d7b80a", (string?)template["variables"]!["storageQueueDataMessageSenderRoleId"]);
        Assert.Contains(Subscription["dependsOn"]!.AsArray(), d => ((string)d!).Contains("storageQueueDataMessageSenderRoleId", StringComparison.Ordinal));
    }

    [Fact]
    public void BlobTriggerWebhooks_OffUntilTheExtensionKeyIsGiven()
    {
        var loop = Main.Module("blobTriggerWebhooks")["copy"]!;

        Assert.Equal("securestring", (string?)Main.Root["parameters"]!["blobsExtensionKey"]!["type"]);
        Assert.Equal("", (string?)Main.ParameterDefault("blobsExtensionKey"));
        Assert.Contains("if(empty(parameters('blobsExtensionKey')), createArray()", (string?)loop["count"], StringComparison.Ordinal);
        Assert.Contains(
            "/runtime/webhooks/blobs?functionName=Host.Functions.",
            Main.ModuleArgument("blobTriggerWebhooks", "endpointUrl").ToString(),
            StringComparison.Ordinal);
    }
}
