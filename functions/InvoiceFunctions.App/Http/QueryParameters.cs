using System.Globalization;
using InvoiceFunctions.Application.Companies;
using InvoiceFunctions.Application.Ledger;
using Microsoft.AspNetCore.Http;

namespace InvoiceFunctions.App.Http;

/// <summary>Typed query string parameters; a malformed one is a 400 naming it ("query.{name}").</summary>
public static class QueryParameters
{
    public static string? Text(HttpRequest request, string name) =>
        request.Query[name].ToString() is { Length: > 0 } value ? value : null;

    public static T? Enum<T>(HttpRequest request, string name) where T : struct, System.Enum =>
        Text(request, name) is not { } text ? null
        : System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]) ? value
        : throw Invalid(name, $"One of {string.Join(", ", System.Enum.GetNames<T>())}.");

    public static DateOnly? Date(HttpRequest request, string name) =>
        Text(request, name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw Invalid(name, "A date yyyy-MM-dd.");

    public static int PageSize(HttpRequest request) =>
        Text(request, "pageSize") is not { } text ? 50
        : int.TryParse(text, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= 1000 ? size
        : throw Invalid("pageSize", "From 1 to 1000.");

    public static int Count(HttpRequest request, string name, int byDefault, int max) =>
        Text(request, name) is not { } text ? byDefault
        : int.TryParse(text, CultureInfo.InvariantCulture, out var count) && count >= 1 && count <= max ? count
        : throw Invalid(name, $"From 1 to {max}.");

    private static LedgerValidationException Invalid(string name, string message) => new([new FieldError($"query.{name}", message)]);
}
