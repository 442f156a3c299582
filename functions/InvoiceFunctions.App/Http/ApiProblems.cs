using InvoiceFunctions.Application.Companies;
using Microsoft.AspNetCore.Http;

namespace InvoiceFunctions.App.Http;

/// <summary>The one place where the application's exceptions become HTTP problems.</summary>
public static class ApiProblems
{
    public static ApiResponse Unauthorized() =>
        ApiResponse.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "Send a valid API key: 'Authorization: Bearer ifk_...' or 'X-Api-Key: ifk_...'.");

    public static ApiResponse NotFound(string what) =>
        ApiResponse.Problem(StatusCodes.Status404NotFound, "Not found", $"{what} was not found.");

    /// <summary>Runs a handler, answering the application's known failures as problems (anything else is a 500 from the host).</summary>
    public static async Task<ApiResponse> GuardAsync(Func<Task<ApiResponse>> handler)
    {
        try
        {
            return await handler();
        }
        catch (Exception ex) when (FromException(ex) is { } problem)
        {
            return problem;
        }
    }

    public static ApiResponse? FromException(Exception exception) => exception switch
    {
        CompanyValidationException invalid => ApiResponse.Problem(StatusCodes.Status400BadRequest, "Invalid request", "One or more fields are invalid.", invalid.Errors),
        CompanyExistsException exists => ApiResponse.Problem(StatusCodes.Status409Conflict, "Already exists", $"Company '{exists.Id}' already exists."),
        CompanyNotFoundException missing => NotFound($"Company '{missing.Id}'"),
        BadRequestBodyException body => ApiResponse.Problem(StatusCodes.Status400BadRequest, "Invalid body", body.Message),
        _ => null,
    };
}
