using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace InvoiceFunctions.TestFunctionApp;

/// <summary>HTTP triggers at each authorization level, with route values and a body.</summary>
public sealed class HttpFunctions(HostTag host)
{
    [Function("Ping")]
    public IActionResult Ping([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ping")] HttpRequest request) =>
        new OkObjectResult(new { pong = true, host = host.Value });

    [Function("Echo")]
    public async Task<IResult> Echo([HttpTrigger(AuthorizationLevel.Function, "post", Route = "echo/{id:int}")] HttpRequest request, int id)
    {
        using var reader = new StreamReader(request.Body);
        return Results.Ok(new { id, body = await reader.ReadToEndAsync(), query = request.Query["q"].ToString() });
    }

    [Function("EchoJson")]
    public IActionResult EchoJson(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "echo-json")] HttpRequest request, [Microsoft.Azure.Functions.Worker.Http.FromBody] WorkItemMessage message) =>
        new OkObjectResult(new { message.Id, message.Fail });

    [Function("AdminOnly")]
    public IActionResult AdminOnly([HttpTrigger(AuthorizationLevel.Admin, "get", Route = "admin-only")] HttpRequest request) =>
        new OkObjectResult(new { admin = true });

    [Function("Boom")]
    public IActionResult Boom([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "boom")] HttpRequest request) =>
        throw new InvalidOperationException("This function always fails.");
}
