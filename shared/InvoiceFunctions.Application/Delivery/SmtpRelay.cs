namespace InvoiceFunctions.Application.Delivery;

/// <summary>
/// A company's own SMTP relay (the "smtp" of its e-mail settings): its mails go there instead of the app's transport.
/// The password is never stored here: only the name of a secret the deployment holds for this company
/// (<c>SmtpSecrets__{company}__{name}</c>, a Key Vault reference in Azure), so neither the table nor the API ever has it.
/// </summary>
/// <param name="Host">The relay's host name or address; private, link-local and (outside development) loopback addresses are refused.</param>
/// <param name="UserName">Authenticates (with the secret) only when set.</param>
/// <param name="PasswordSecretName">The secret's name (letters, digits, '-'); required with a user name.</param>
public sealed record SmtpRelay(
    string? Host,
    int Port = 587,
    SmtpSecurity Security = SmtpSecurity.StartTls,
    string? UserName = null,
    string? PasswordSecretName = null);
