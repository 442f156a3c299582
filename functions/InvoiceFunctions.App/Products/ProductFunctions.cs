using InvoiceFunctions.App.Http;
using InvoiceFunctions.App.Ledger;
using InvoiceFunctions.Application.Products;
using InvoiceFunctions.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.App.Products;

/// <summary>A company's products and services, by category.</summary>
public sealed class ProductFunctions(ProductService products, CompanyRequests requests)
{
    [Function("AddProduct")]
    [OpenApiOperation("Adds a product or service in a category.", CompanyRole.Accountant)]
    [OpenApiRequest(typeof(NewProduct))]
    [OpenApiResponse(StatusCodes.Status201Created, typeof(ProductView))]
    public Task<IActionResult> AddProduct(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{company}/products")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.WriteAsync(request, company, CompanyRole.Accountant, async (caller, ct) =>
        {
            var product = await products.AddAsync(caller.Company, await JsonBody.ReadAsync<NewProduct>(request, ct), ct);
            return ApiResponse.Created($"/api/companies/{company}/products/{product.Id}", ProductView.From(product));
        }, cancellationToken);

    [Function("ListProducts")]
    [OpenApiOperation("Products, paged.", CompanyRole.Reader)]
    [OpenApiQuery("category", typeof(string), "Only this category.")]
    [OpenApiQuery("pageSize", typeof(int), "1 to 1000 (default 50).")]
    [OpenApiQuery("continuation", typeof(string), "The continuation of the previous page.")]
    [OpenApiResponse(StatusCodes.Status200OK, typeof(PageView<ProductView>))]
    public Task<IActionResult> ListProducts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{company}/products")] HttpRequest request, string company, CancellationToken cancellationToken) =>
        requests.ReadAsync(request, company, CompanyRole.Reader, async (caller, ct) =>
        {
            var page = await products.ListAsync(
                caller.Company, QueryParameters.Text(request, "category"), QueryParameters.PageSize(request), QueryParameters.Text(request, "continuation"), ct);
            return ApiResponse.Ok(PageView<ProductView>.From(page, ProductView.From));
        }, cancellationToken);
}
