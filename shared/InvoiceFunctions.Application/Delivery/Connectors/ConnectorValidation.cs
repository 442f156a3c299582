using System.Text.RegularExpressions;
using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.Application.Delivery.Connectors;

/// <summary>Every problem of a connector's fields at once (pure), for a 400 listing them.</summary>
public static partial class ConnectorValidation
{
    public static IEnumerable<FieldError> Validate(Connector c, bool allowLoopback)
    {
        if (!IdRegex().IsMatch(c.Id))
        {
            yield return new FieldError("id", "1 to 40 characters: lower-case letters, digits and '-', starting with a letter or digit.");
        }

        if (!Enum.IsDefined(c.Kind))
        {
            yield return new FieldError("kind", "Webhook, Sftp or Http.");
        }

        if (c.Name.Length > 100 || c.Name.Any(char.IsControl))
        {
            yield return new FieldError("name", "At most 100 characters, no line breaks.");
        }

        if (c.Formats.Any(f => !Enum.IsDefined(f)) || c.Formats.Distinct().Count() != c.Formats.Count || (c.Kind != ConnectorKind.Webhook && c.Formats.Count == 0))
        {
            yield return new FieldError("formats", "Distinct formats among FacturX, Ubl, Cii, Pdf (at least one for SFTP and HTTP).");
        }

        var errors = c.Kind switch
        {
            ConnectorKind.Webhook => Webhook(c, allowLoopback),
            ConnectorKind.Sftp => Sftp(c),
            ConnectorKind.Http => Http(c, allowLoopback),
            _ => [],
        };
        foreach (var error in errors)
        {
            yield return error;
        }
    }

    private static IEnumerable<FieldError> Webhook(Connector c, bool allowLoopback)
    {
        if (OutboundAddressPolicy.UrlRefusal(c.Url, allowLoopback) is { } url)
        {
            yield return new FieldError("url", url);
        }

        if (!WebhookSignature.IsSecret(c.Secret))
        {
            yield return new FieldError("secret", "whsec_ followed by the base64 of 24 to 64 random bytes (Standard Webhooks).");
        }
    }

    private static IEnumerable<FieldError> Sftp(Connector c)
    {
        if (string.IsNullOrWhiteSpace(c.Host) || c.Host.Length > 253 || c.Host.Any(ch => char.IsWhiteSpace(ch) || ch is '/' or '@'))
        {
            yield return new FieldError("host", "The SFTP server's host name or address.");
        }

        if (c.Port is < 1 or > 65535)
        {
            yield return new FieldError("port", "1 to 65535 (default 22).");
        }

        if (string.IsNullOrWhiteSpace(c.UserName) || c.UserName.Length > 100)
        {
            yield return new FieldError("userName", "The SFTP user.");
        }

        if (string.IsNullOrEmpty(c.Password) == string.IsNullOrEmpty(c.PrivateKey))
        {
            yield return new FieldError("password", "Either a password or a privateKey (OpenSSH or PEM), not both.");
        }

        if (c.HostKeySha256 is null || !HostKeyRegex().IsMatch(c.HostKeySha256))
        {
            yield return new FieldError("hostKeySha256", "The pinned host key as `ssh-keygen -l -E sha256` prints it: SHA256: and 43 base64 characters.");
        }

        if (c.Folder is null || c.Folder.Length is 0 or > 500 || c.Folder.Split('/').Contains("..") || c.Folder.Any(char.IsControl))
        {
            yield return new FieldError("folder", "The target folder (no '..').");
        }

        foreach (var error in Pattern(c))
        {
            yield return error;
        }
    }

    private static IEnumerable<FieldError> Http(Connector c, bool allowLoopback)
    {
        if (OutboundAddressPolicy.UrlRefusal(c.Url, allowLoopback) is { } url)
        {
            yield return new FieldError("url", url);
        }

        if (c.Method is not ("PUT" or "POST"))
        {
            yield return new FieldError("method", "PUT (to {url}/{file name}) or POST (to {url}).");
        }

        if (c.AuthHeaderName is { } header && (!HeaderRegex().IsMatch(header) || string.IsNullOrEmpty(c.AuthHeaderValue)))
        {
            yield return new FieldError("authHeaderName", "An HTTP header name (e.g. Authorization) with an authHeaderValue.");
        }

        if (c.AuthHeaderValue is { } value && (value.Length > 4000 || value.Any(char.IsControl)))
        {
            yield return new FieldError("authHeaderValue", "At most 4000 characters, no line breaks.");
        }

        foreach (var error in Pattern(c))
        {
            yield return error;
        }
    }

    private static IEnumerable<FieldError> Pattern(Connector c)
    {
        if (FileNamePattern.Problem(c.FileNamePattern ?? "", c.Formats.Count) is { } problem)
        {
            yield return new FieldError("fileNamePattern", problem);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex IdRegex();

    [GeneratedRegex("^SHA256:[A-Za-z0-9+/]{43}$")]
    private static partial Regex HostKeyRegex();

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex HeaderRegex();
}
