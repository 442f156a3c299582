using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace InvoiceFunctions.LocalHost.Hosting;

/// <summary>The blob primitives the host coordinates with: create-if-absent markers and leases kept alive while work runs.</summary>
public static class BlobLeases
{
    /// <summary>Creates an empty blob unless one exists. Returns false when it already did (or is leased by whoever holds it).</summary>
    public static async Task<bool> CreateIfAbsentAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.FromString(""), new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Renews <paramref name="lease"/> every <paramref name="every"/> until <paramref name="held"/> is cancelled; cancels it when the lease is lost.</summary>
    public static async Task KeepAsync(BlobLeaseClient lease, TimeSpan every, TimeProvider time, CancellationTokenSource held)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, time, held.Token);
                await lease.RenewAsync(cancellationToken: held.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (RequestFailedException)
        {
            await held.CancelAsync();
        }
    }

    public static async Task ReleaseQuietlyAsync(BlobLeaseClient lease)
    {
        try
        {
            await lease.ReleaseAsync();
        }
        catch (RequestFailedException)
        {
            // Expired or taken over: nothing to release.
        }
    }
}
