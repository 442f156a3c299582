namespace InvoiceFunctions.Rendering;

/// <summary>The document cannot be rendered as asked (bad template input, unreadable PDF...).</summary>
public sealed class RenderingException : Exception
{
    public RenderingException(string message)
        : base(message)
    {
    }

    public RenderingException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public RenderingException()
    {
    }
}
