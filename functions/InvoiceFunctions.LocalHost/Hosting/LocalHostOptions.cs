using System.ComponentModel.DataAnnotations;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>Settings of the local host itself (section "LocalHost"); the app's own settings come from local.settings.json.</summary>
public sealed class LocalHostOptions
{
    public const string Section = "LocalHost";

    /// <summary>The function app's build output: the folder holding functions.metadata, host.json and the app assembly.</summary>
    [Required]
    public string AppPath { get; set; } = "";

    /// <summary>HTTP port on 127.0.0.1, as the Functions host's 7071.</summary>
    [Range(0, 65535)]
    public int HttpPort { get; set; } = 7071;

    /// <summary>Identifies the app in the shared storage (keys, locks, timer status, blob receipts); all hosts of one app share it.</summary>
    [Required, RegularExpression("^[a-z0-9-]{1,32}$")]
    public string HostId { get; set; } = "invoicefunctions";

    /// <summary>Overrides the master key kept in storage (handy for scripts); leave empty to use the stored one.</summary>
    public string? MasterKey { get; set; }

    /// <summary>How often the blob scanner lists the containers of blob-triggered functions.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan BlobScanInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>When false the scanner is off and only events put on the blob-events queue (Event Grid) trigger blob functions.</summary>
    public bool BlobScannerEnabled { get; set; } = true;

    /// <summary>Queue that carries blob-created events in the Event Grid schema (what an Event Grid subscription feeds in Azure).</summary>
    [Required, RegularExpression("^[a-z0-9-]{3,63}$")]
    public string BlobEventsQueue { get; set; } = "blob-events";

    /// <summary>Lease that makes one host run a timer schedule at a time (the Functions host's singleton lock).</summary>
    [Range(typeof(TimeSpan), "00:00:15", "00:01:00")]
    public TimeSpan TimerLockPeriod { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a received queue message stays invisible while its function runs (the Functions host's 10 minutes): after a
    /// crash, the message comes back when it ends. Tests that kill a host shorten it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan QueueMessageLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>console, otlp or none. With OTEL_EXPORTER_OTLP_ENDPOINT set, "otlp" is implied.</summary>
    [RegularExpression("^(console|otlp|none)$")]
    public string TelemetryExporter { get; set; } = "console";
}
