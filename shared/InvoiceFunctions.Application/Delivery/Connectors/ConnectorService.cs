using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Issuing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>
/// A company's connectors: created and replaced only when every field is valid (one 400 listing each), tested on request,
/// disabled automatically when a delivery exhausts its retries, with a "connector.disabled" event on the company's feed.
/// </summary>
public sealed class ConnectorService(
    IConnectorStore store, IEnumerable<IConnectorTransport> transports, IOutboundEventStore events, IOptions<ConnectorOptions> options, TimeProvider time, ILogger<ConnectorService> logger)
{
    public async Task<Connector> AddAsync(CompanyId company, ConnectorRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var connector = Apply(new Connector(company, request.Id ?? "", request.Kind ?? (ConnectorKind)(-1), "", true, [], null, null, null, 22, null, null, null, null, null, null, null, null, null, false, null, null, now, now), request);
        Check(connector);
        return await store.AddAsync(connector, cancellationToken);
    }

    public async Task<Connector> ReplaceAsync(CompanyId company, string id, ConnectorRequest request, CancellationToken cancellationToken)
    {
        var existing = await GetAsync(company, id, cancellationToken);
        if (request.Kind is { } kind && kind != existing.Kind)
        {
            throw new RequestValidationException([new FieldError("kind", "The kind of a connector does not change: delete it and create another.")]);
        }

        var replaced = Apply(existing with { UpdatedAt = time.GetUtcNow() }, request with { Id = id });
        if (replaced.Enabled)
        {
            replaced = replaced with { DisabledReason = null, DisabledAt = null };
        }

        Check(replaced);
        return await store.UpdateAsync(replaced, cancellationToken);
    }

    public async Task<Connector> GetAsync(CompanyId company, string id, CancellationToken cancellationToken) =>
        await store.FindAsync(company, id, cancellationToken) ?? throw new ResourceNotFoundException("Connector", id);

    public Task<IReadOnlyList<Connector>> ListAsync(CompanyId company, CancellationToken cancellationToken) => store.ListAsync(company, cancellationToken);

    public async Task DeleteAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(company, id, cancellationToken))
        {
            throw new ResourceNotFoundException("Connector", id);
        }
    }

    public async Task<ConnectorTestResult> TestAsync(CompanyId company, string id, CancellationToken cancellationToken)
    {
        var connector = await GetAsync(company, id, cancellationToken);
        try
        {
            return new ConnectorTestResult(id, true, await Transport(connector.Kind).TestAsync(connector, cancellationToken));
        }
        catch (Exception ex) when (ex is ConnectorTransientException or ConnectorRefusedException)
        {
            return new ConnectorTestResult(id, false, ex.Message);
        }
    }

    public IConnectorTransport Transport(ConnectorKind kind) => transports.First(t => t.Kind == kind);

    /// <summary>Disables it after persistent failure and tells the company (feed event "connector.disabled").</summary>
    public async Task DisableAsync(Connector connector, string invoiceId, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = await store.FindAsync(connector.Company, connector.Id, cancellationToken);
        if (current is { Enabled: true })
        {
            await store.UpdateAsync(current with { Enabled = false, DisabledReason = reason, DisabledAt = now, UpdatedAt = now }, cancellationToken);
        }

        logger.ConnectorDisabled(connector.Company.Value, connector.Id, reason);
        await events.PublishAsync(connector.Company, new OutboundEvent($"connector.{connector.Id}.{now.ToUnixTimeMilliseconds()}.disabled", "connector.disabled", now, invoiceId, null, $"{connector.Id}: {reason}"), cancellationToken);
    }

    private void Check(Connector connector)
    {
        var errors = ConnectorValidation.Validate(connector, options.Value.AllowLoopback).ToList();
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    private static Connector Apply(Connector c, ConnectorRequest r) => c with
    {
        Id = r.Id?.Trim() ?? c.Id,
        Name = r.Name?.Trim() ?? (c.Name.Length == 0 ? r.Id ?? "" : c.Name),
        Enabled = r.Enabled ?? c.Enabled,
        Formats = r.Formats ?? (c.Formats.Count == 0 ? [ConnectorFormat.FacturX] : c.Formats),
        Url = r.Url?.Trim() ?? c.Url,
        Secret = r.Secret ?? c.Secret,
        Host = r.Host?.Trim() ?? c.Host,
        Port = r.Port ?? c.Port,
        UserName = r.UserName ?? c.UserName,
        Password = r.Password ?? c.Password,
        PrivateKey = r.PrivateKey ?? c.PrivateKey,
        HostKeySha256 = r.HostKeySha256?.Trim() ?? c.HostKeySha256,
        Folder = r.Folder ?? c.Folder,
        FileNamePattern = r.FileNamePattern ?? c.FileNamePattern ?? (c.Kind == ConnectorKind.Webhook ? null : FileNamePattern.Default),
        Method = r.Method?.ToUpperInvariant() ?? c.Method ?? (c.Kind == ConnectorKind.Http ? "PUT" : null),
        AuthHeaderName = r.AuthHeaderName ?? c.AuthHeaderName,
        AuthHeaderValue = r.AuthHeaderValue ?? c.AuthHeaderValue,
        PrintProvider = r.PrintProvider ?? c.PrintProvider,
    };
}
