using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Contacts;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Contacts;

/// <summary>A company's customers and suppliers.</summary>
public sealed class ContactFunctions(ContactService contacts, CompanyRequests requests)
{
    [Function("AddContact")]
    public Task<IActionResult> AddContact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/contacts")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var party = await contacts.AddAsync(caller.Company, await JsonBody.ReadAsync<NewParty>(request, ct), ct);
            return ApiResponse.Created($"/api/companies/{company}/contacts/{party.Id}", ContactView.From(party));
        }, cancellationToken);

    [Function("ListContacts")]
    public Task<IActionResult> ListContacts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/contacts")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var page = await contacts.ListAsync(
                caller.Company, QueryParameters.Enum<PartyRole>(request, "role"), QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct);
            return ApiResponse.Ok(PageView<ContactView>.From(page, ContactView.From));
        }, cancellationToken);
}
