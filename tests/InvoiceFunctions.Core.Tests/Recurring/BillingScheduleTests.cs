using InvoiceFunctions.Core.Recurring;

namespace InvoiceFunctions.Core.Tests.Recurring;

public sealed class BillingScheduleTests
{
    [Fact]
    public void Boundary_MonthlyFrom31st_ClampsThenReturnsTo31st()
    {
        var schedule = BillingSchedule.Monthly(new DateOnly(2027, 1, 31));

        var boundaries = Enumerable.Range(0, 6).Select(schedule.Boundary).ToList();

        Assert.Equal(
            [new(2027, 1, 31), new(2027, 2, 28), new(2027, 3, 31), new(2027, 4, 30), new(2027, 5, 31), new DateOnly(2027, 6, 30)],
            boundaries);
    }

    [Fact]
    public void Boundary_MonthlyFrom31st_InLeapYear_Is29February()
    {
        var schedule = BillingSchedule.Monthly(new DateOnly(2028, 1, 31));

        Assert.Equal(new DateOnly(2028, 2, 29), schedule.Boundary(1));
    }

    [Fact]
    public void Boundary_MonthlyOnLastDay_FromThe28thOfFebruary_FollowsMonthEnds()
    {
        var schedule = BillingSchedule.MonthlyOnLastDay(new DateOnly(2027, 2, 28));

        Assert.Equal([new(2027, 2, 28), new(2027, 3, 31), new(2027, 4, 30), new DateOnly(2027, 5, 31)], Enumerable.Range(0, 4).Select(schedule.Boundary));
    }

    [Fact]
    public void Boundary_YearlyFrom29February_Is28FebruaryInCommonYears()
    {
        var schedule = BillingSchedule.Yearly(new DateOnly(2028, 2, 29));

        Assert.Equal([new(2028, 2, 29), new(2029, 2, 28), new(2030, 2, 28), new(2031, 2, 28), new DateOnly(2032, 2, 29)], Enumerable.Range(0, 5).Select(schedule.Boundary));
    }

    [Theory]
    [InlineData(BillingUnit.Week, 1, "2027-01-04", 52, "2028-01-03")]
    [InlineData(BillingUnit.Week, 2, "2027-01-04", 26, "2028-01-03")]
    [InlineData(BillingUnit.Month, 3, "2027-11-30", 4, "2028-11-30")]
    [InlineData(BillingUnit.Month, 3, "2027-11-30", 1, "2028-02-29")]
    [InlineData(BillingUnit.Month, 6, "2027-08-31", 1, "2028-02-29")]
    [InlineData(BillingUnit.Day, 10, "2027-12-25", 1, "2028-01-04")]
    public void Boundary_Examples(BillingUnit unit, int interval, string anchor, int index, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), new BillingSchedule(unit, interval, DateOnly.Parse(anchor)).Boundary(index));

    [Theory]
    [InlineData("2027-03-30", 1)]
    [InlineData("2027-03-31", 2)]
    [InlineData("2027-02-27", 0)]
    [InlineData("2026-12-31", -1)]
    [InlineData("2026-12-30", -2)]
    public void IndexOnOrBefore_FindsTheLastBoundaryNotAfterTheDate(string date, int expected)
    {
        // Boundaries: 2026-11-30, 2026-12-31, 2027-01-31, 2027-02-28, 2027-03-31 ... (index -2, -1, 0, 1, 2)
        var schedule = BillingSchedule.Monthly(new DateOnly(2027, 1, 31));

        Assert.Equal(expected, schedule.IndexOnOrBefore(DateOnly.Parse(date)));
    }
}
