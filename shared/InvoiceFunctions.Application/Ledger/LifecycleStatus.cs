namespace InvoiceFunctions.Application.Ledger;

/// <summary>
/// The French e-invoicing reform's lifecycle statuses exchanged with the platforms (codes 200-213 of the
/// external specifications), recorded per invoice.
/// </summary>
public enum LifecycleStatus
{
    /// <summary>Déposée.</summary>
    Deposited = 200,

    /// <summary>Émise par la plateforme.</summary>
    Issued = 201,

    /// <summary>Reçue par la plateforme.</summary>
    Received = 202,

    /// <summary>Mise à disposition.</summary>
    MadeAvailable = 203,

    /// <summary>Prise en charge.</summary>
    TakenOver = 204,

    /// <summary>Approuvée.</summary>
    Approved = 205,

    /// <summary>Approuvée partiellement.</summary>
    PartiallyApproved = 206,

    /// <summary>En litige.</summary>
    Disputed = 207,

    /// <summary>Suspendue.</summary>
    Suspended = 208,

    /// <summary>Complétée.</summary>
    Completed = 209,

    /// <summary>Refusée.</summary>
    Refused = 210,

    /// <summary>Paiement transmis.</summary>
    PaymentTransmitted = 211,

    /// <summary>Encaissée.</summary>
    Cashed = 212,

    /// <summary>Rejetée (by the platform, before delivery).</summary>
    Rejected = 213,
}
