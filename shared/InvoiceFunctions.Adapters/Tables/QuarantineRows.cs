using System.Text.Json;
using Azure.Data.Tables;
using InvoiceFunctions.Adapters.Storage;
using InvoiceFunctions.Application.Intake;

namespace InvoiceFunctions.Adapters.Tables;

/// <summary>Rows of table "Quarantine": partition = company, row = item id.</summary>
public static class QuarantineRows
{
    public static TableEntity ToEntity(QuarantineItem item) => new(item.Company, item.Id)
    {
        ["Kind"] = item.Kind,
        ["Name"] = item.Name.Length <= 1000 ? item.Name : item.Name[..1000],
        ["Code"] = item.Code,
        ["Message"] = item.Message.Length <= 4000 ? item.Message : item.Message[..4000],
        ["Details"] = JsonSerializer.Serialize(item.Details.Take(200), StoredJson.Options),
        ["At"] = item.At,
        ["Size"] = item.Size,
        ["Path"] = item.Path,
        ["State"] = item.State.ToString(),
        ["Outcome"] = item.Outcome,
        ["UpdatedAt"] = item.UpdatedAt,
    };

    public static QuarantineItem ToItem(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        e.GetString("Kind"),
        e.GetString("Name"),
        e.GetString("Code"),
        e.GetString("Message"),
        JsonSerializer.Deserialize<List<string>>(e.GetString("Details") ?? "[]", StoredJson.Options) ?? [],
        e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        e.GetInt64("Size") ?? 0,
        e.GetString("Path"),
        Enum.Parse<QuarantineState>(e.GetString("State")),
        e.GetString("Outcome"),
        e.GetDateTimeOffset("UpdatedAt"),
        e.ETag.ToString());
}
