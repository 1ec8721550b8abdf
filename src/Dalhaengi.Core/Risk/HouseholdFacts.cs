using Dalhaengi.Core.Geography;
using Dalhaengi.Core.Households;
using NodaTime;

namespace Dalhaengi.Core.Risk;

/// <summary>
/// What the reference interpreter and explanations see of a household as of a date: its derived-fact bits and
/// the signals observed on or before that date. Built from a <see cref="Household"/> or a batch row.
/// </summary>
internal readonly record struct HouseholdFacts(HouseholdId Id, DistrictCode District, uint Predicates, IReadOnlyList<CrisisSignal> Signals)
{
    internal static HouseholdFacts Of(Household household, LocalDate asOf) =>
        new(household.Id, household.District, household.PredicateBits(asOf.Year), [.. household.Signals.Where(s => s.ObservedOn <= asOf)]);

    internal static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;
}
