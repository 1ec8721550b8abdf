using System.Globalization;
using Dalhaengi.Core.Geography;
using NodaTime;

namespace Dalhaengi.Core.Households;

/// <summary>Draws one synthetic household: composition, housing, contact, consent and programmes.</summary>
/// <remarks>Every rate here is an illustrative assumption documented in <c>docs/synthetic-population.md</c>.</remarks>
internal static class SyntheticHousehold
{
    internal static Household Draw(ref SeededRandom rng, int number, DistrictCode district, IReadOnlyList<Site> sites, LocalDate asOf)
    {
        var year = asOf.Year;
        var members = Members(ref rng, year);

        // A latent hardship level makes crisis signals cluster in the same households, as they do in practice.
        var roll = rng.NextDouble();
        var hardship = roll < 0.80 ? 0.5 : roll < 0.95 ? 2.0 : 8.0;

        var housingRoll = rng.NextDouble();
        var housing = housingRoll switch
        {
            < 0.70 => HousingType.DetachedHouse,
            < 0.88 => HousingType.Apartment,
            < 0.94 => HousingType.MultiUnit,
            < 0.98 => HousingType.PublicRental,
            _ => HousingType.NonResidential,
        };

        var contactRoll = rng.NextDouble();
        var contact = contactRoll < 0.97 ? ContactStatus.Reachable : contactRoll < 0.99 ? ContactStatus.Unreachable : ContactStatus.Moved;

        var consentRoll = rng.NextDouble();
        var consent = consentRoll < 0.70
            ? Consent.None
            : new Consent(consentRoll < 0.85 ? ConsentLevel.Verbal : ConsentLevel.Written, asOf.PlusDays(-rng.Between(0, 730)));

        var programmes = ProgrammeStatus.None;
        programmes |= rng.Chance(0.06 * Math.Min(hardship, 3)) ? ProgrammeStatus.BasicLivelihoodRecipient : 0;
        programmes |= programmes == 0 && rng.Chance(0.04 * Math.Min(hardship, 3)) ? ProgrammeStatus.NearPoor : 0;
        programmes |= rng.Chance(0.015 * hardship) ? ProgrammeStatus.UnderCaseManagement : 0;

        var elderAlone = members.Count == 1 && members[0].AgeIn(year) >= 65;
        var signals = SyntheticSignals.Draw(ref rng, asOf, members, housing, hardship * (elderAlone ? 1.5 : 1.0));
        var site = sites.Count == 0 ? (SiteId?)null : sites[rng.Between(0, sites.Count - 1)].Id;
        var id = new HouseholdId("hh-" + number.ToString("D7", CultureInfo.InvariantCulture));
        return new Household(id, district, members, housing, site, contact, consent, programmes, signals);
    }

    private static List<HouseholdMember> Members(ref SeededRandom rng, int year)
    {
        var list = new List<HouseholdMember>(4);
        var roll = rng.NextDouble();
        switch (roll)
        {
            case < 0.20:
                list.Add(Person(ref rng, MemberRole.Head, year, 65, 95));
                break;
            case < 0.35:
                list.Add(Person(ref rng, MemberRole.Head, year, 19, 64));
                break;
            case < 0.53:
                list.Add(Person(ref rng, MemberRole.Head, year, 65, 92));
                list.Add(Person(ref rng, MemberRole.Spouse, year, 62, 90));
                break;
            case < 0.65:
                list.Add(Person(ref rng, MemberRole.Head, year, 25, 64));
                list.Add(Person(ref rng, MemberRole.Spouse, year, 25, 64));
                break;
            case < 0.85:
                list.Add(Person(ref rng, MemberRole.Head, year, 30, 60));
                list.Add(Person(ref rng, MemberRole.Spouse, year, 28, 60));
                for (var c = rng.Between(1, 3); c > 0; c--)
                {
                    list.Add(Person(ref rng, MemberRole.Child, year, 0, 30));
                }

                break;
            case < 0.89:
                list.Add(Person(ref rng, MemberRole.Head, year, 25, 55));
                for (var c = rng.Between(1, 2); c > 0; c--)
                {
                    list.Add(Person(ref rng, MemberRole.Child, year, 0, 17));
                }

                break;
            case < 0.90:
                list.Add(Person(ref rng, MemberRole.Head, year, 60, 85));
                list.Add(Person(ref rng, MemberRole.Grandchild, year, 3, 17));
                break;
            default:
                list.Add(Person(ref rng, MemberRole.Head, year, 35, 60));
                list.Add(Person(ref rng, MemberRole.Spouse, year, 33, 60));
                list.Add(Person(ref rng, MemberRole.Parent, year, 70, 95));
                list.Add(Person(ref rng, MemberRole.Child, year, 0, 25));
                break;
        }

        return list;
    }

    private static HouseholdMember Person(ref SeededRandom rng, MemberRole role, int year, int minAge, int maxAge)
    {
        var age = rng.Between(minAge, maxAge);
        var old = age >= 65;
        return new HouseholdMember(role, year - age, rng.Chance(old ? 0.12 : 0.04), rng.Chance(old ? 0.50 : 0.15));
    }
}
