namespace InvoiceFunctions.Application.Issuing;

/// <summary>The queue names of the pipeline (constants, because the trigger attributes need them at compile time).</summary>
public static class IssueQueues
{
    public const string Validate = "issue-validate";
    public const string Number = "issue-number";
    public const string Render = "issue-render";
    public const string Archive = "issue-archive";
    public const string Record = "issue-record";
    public const string Delivery = "invoice-delivery";

    public static readonly IReadOnlyList<string> All = [Validate, Number, Render, Archive, Record, Delivery];

    public static string Of(IssueStage stage) => stage switch
    {
        IssueStage.Validate => Validate,
        IssueStage.Number => Number,
        IssueStage.Render => Render,
        IssueStage.Archive => Archive,
        _ => Record,
    };
}
