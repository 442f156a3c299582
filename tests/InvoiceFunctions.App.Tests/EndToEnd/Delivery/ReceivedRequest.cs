using System.Net;

namespace InvoiceFunctions.App.Tests.EndToEnd.Delivery;

/// <summary>A request the <see cref="LoopbackReceiver"/> got, with the status it answered.</summary>
public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, HttpStatusCode Answered);
