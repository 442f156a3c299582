using InvoiceFunctions.App.Http;
using InvoiceFunctions.Application.Delivery;
using Microsoft.AspNetCore.Http;

namespace InvoiceFunctions.App.Delivery;

/// <summary>The two small pages a receiver sees behind a mail's "confirm receipt" link (French and English, no script).</summary>
public static class ReceiptPages
{
    private const string Head =
        "<!doctype html><html><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\"><title>Réception de facture / Invoice receipt</title></head><body>";

    /// <summary>The page of the link: a confirm button posting to the same address, or a note that it is confirmed already.</summary>
    public static ApiResponse Ask(DeliveryRecord record) => Page(
        record.State is DeliveryState.Acknowledged or DeliveryState.Delivered
            ? "<p>La réception de la facture est déjà confirmée.</p><p>Receipt of the invoice is confirmed already.</p>"
            : "<p>Merci de confirmer la réception de la facture.</p><p>Please confirm that you received the invoice.</p>"
              + "<form method=\"post\"><button type=\"submit\">Confirmer la réception / Confirm receipt</button></form>");

    public static ApiResponse Confirmed() =>
        Page("<p>Merci : la réception de la facture est confirmée.</p><p>Thank you: receipt of the invoice is confirmed.</p>");

    private static ApiResponse Page(string body) => new(StatusCodes.Status200OK, Head + body + "</body></html>", "text/html; charset=utf-8");
}
