using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Contacts;

/// <summary>A company's customers and suppliers: add, read, edit (the details deliveries use), list.</summary>
public sealed class ContactFunctions(ContactService contacts, CompanyRequests requests)
{
    [Function("AddContact")]
    [OpenApiOperation("Adds a customer or supplier.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(NewParty))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(ContactView), ETag = true)]
    public Task<IActionResult> AddContact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/contacts")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var party = await contacts.AddAsync(caller.Company, await JsonBody.ReadAsync<NewParty>(request, ct), ct);
            return ApiResponse.Created($"/api/companies/{company}/contacts/{party.Id}", ContactView.From(party)) with { ETag = party.Version };
        }, cancellationToken);

    [Function("GetContact")]
    [OpenApiOperation("One customer or supplier.", CompanyRole.Reader)]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(ContactView), ETag = true)]
    public Task<IActionResult> GetContact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/contacts/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) => Ok(await contacts.GetAsync(caller.Company, id, ct)), cancellationToken);

    [Function("UpdateContact")]
    [OpenApiOperation("Replaces a contact's details: e-mail address and copies, postal address, language, format, payment days, delivery channel (every field; one left out is cleared).", CompanyRole.Accountant)]
    [OpenApiHeader("If-Match", "The ETag of the last read (GET .../contacts/{id}), or * to replace whatever is stored; without it 428, another version 412.")]
    [OpenApiRequest(typeof(ContactUpdate))]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(ContactView), ETag = true)]
    public Task<IActionResult> UpdateContact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{company}/contacts/{id}")] HttpRequest request, string company, string id, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var ifMatch = request.Headers.IfMatch.ToString() is { Length: > 0 } tag ? tag : null;
            return Ok(await contacts.ReplaceAsync(caller.Company, id, await JsonBody.ReadAsync<ContactUpdate>(request, ct), ifMatch, ct));
        }, cancellationToken);

    [Function("ListContacts")]
    [OpenApiOperation("Customers and suppliers, paged.", CompanyRole.Reader)]
    [OpenApiQuery("role", typeof(PartyRole), "Only customers or only suppliers.")]
    [OpenApiQuery("pageSize", typeof(int), "1 to 1000 (default 50).")]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<ContactView>))]
    public Task<IActionResult> ListContacts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/contacts")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var page = await contacts.ListAsync(
                caller.Company, QueryParameters.Enum<PartyRole>(request, "role"), QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct);
            return ApiResponse.Ok(PageView<ContactView>.From(page, ContactView.From));
        }, cancellationToken);

    private static ApiResponse Ok(Application.Contacts.Party party) => ApiResponse.Ok(ContactView.From(party)) with { ETag = party.Version };
}
