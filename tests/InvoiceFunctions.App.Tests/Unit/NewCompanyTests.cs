using InvoiceFunctions.Application.Companies;

namespace InvoiceFunctions.App.Tests.Unit;

public sealed class NewCompanyTests
{
    [Theory]
    [InlineData("732829320", true)] // a real SIREN
    [InlineData("552100554", true)]
    [InlineData("732829321", false)] // check digit off by one
    [InlineData("73282932", false)]
    [InlineData("73282932A", false)]
    public void IsValidSiren_LuhnCheck(string siren, bool valid) => Assert.Equal(valid, NewCompany.IsValidSiren(siren));

    [Fact]
    public void Validate_EverythingWrong_ListsEveryField()
    {
        var errors = new NewCompany("Not A Slug", " ", "123", "fr123", "France").Validate();

        Assert.Equal(["countryCode", "id", "name", "siren", "vatId"], errors.Select(e => e.Path).Order());
    }

    [Fact]
    public void Validate_MinimalCompany_IsValid() =>
        Assert.Empty(new NewCompany("acme", "ACME SARL", null, null, "FR").Validate());
}
