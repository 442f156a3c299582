using InvoiceFunctions.Application.Security;

namespace InvoiceFunctions.App.Tests.Unit;

public sealed class ApiKeySecretTests
{
    [Fact]
    public void New_RoundTripsThroughItsText()
    {
        var key = ApiKeySecret.New();

        Assert.True(ApiKeySecret.TryParse(key.ToString(), out var parsed));
        Assert.Equal(key, parsed);
        Assert.Equal(12, parsed.KeyId.Length);
        Assert.True(parsed.Secret.Length >= 43, "256 bits of secret");
    }

    [Fact]
    public void New_TwoKeys_Differ() => Assert.NotEqual(ApiKeySecret.New().ToString(), ApiKeySecret.New().ToString());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer ifk_abc")]
    [InlineData("ifk_short_secretsecretsecretsecret")]
    [InlineData("ifk_ABCDEFGHIJKL_secretsecretsecretsecret")]
    [InlineData("ifk_abcdefghijkl_tooshort")]
    public void TryParse_Malformed_False(string? text) => Assert.False(ApiKeySecret.TryParse(text, out _));
}
