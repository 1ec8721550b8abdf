using Dalhaengi.Core.Households;

namespace Dalhaengi.Core.Benchmarks.Screening;

/// <summary>
/// A household as a plain object, the input a developer would give RulesEngine or NRules: one boolean property per
/// <see cref="HouseholdPredicate"/> (same name), the as-of month, and the signals with their age in days. The
/// engines' rule actions add points and raise the forced tier here.
/// </summary>
/// <remarks>Ages are precomputed (as-of day − observed day), which spares the engines date arithmetic: a favour to them.</remarks>
public sealed class ScreenedHousehold
{
    private readonly uint _predicates;

    public ScreenedHousehold(int index, uint predicates, int asOfMonth, IReadOnlyList<SignalFact> signals)
    {
        Index = index;
        _predicates = predicates;
        AsOfMonth = asOfMonth;
        Signals = signals;
    }

    public int Index { get; }

    public int AsOfMonth { get; }

    public IReadOnlyList<SignalFact> Signals { get; }

    public int Score { get; private set; }

    public int ForcedTier { get; private set; } = -1;

    public bool LivesAlone => Has(HouseholdPredicate.LivesAlone);

    public bool LivesAloneAged65Plus => Has(HouseholdPredicate.LivesAloneAged65Plus);

    public bool LivesAloneWorkingAge => Has(HouseholdPredicate.LivesAloneWorkingAge);

    public bool HasMemberAged65Plus => Has(HouseholdPredicate.HasMemberAged65Plus);

    public bool HasChildUnder18 => Has(HouseholdPredicate.HasChildUnder18);

    public bool HasDisabledMember => Has(HouseholdPredicate.HasDisabledMember);

    public bool HasChronicIllness => Has(HouseholdPredicate.HasChronicIllness);

    public bool SingleParentWithChildUnder18 => Has(HouseholdPredicate.SingleParentWithChildUnder18);

    public bool GrandparentHeaded => Has(HouseholdPredicate.GrandparentHeaded);

    public bool Unreachable => Has(HouseholdPredicate.Unreachable);

    public bool Moved => Has(HouseholdPredicate.Moved);

    public bool NonResidentialHousing => Has(HouseholdPredicate.NonResidentialHousing);

    public bool BasicLivelihoodRecipient => Has(HouseholdPredicate.BasicLivelihoodRecipient);

    public bool NearPoor => Has(HouseholdPredicate.NearPoor);

    public bool UnderCaseManagement => Has(HouseholdPredicate.UnderCaseManagement);

    /// <summary>Called by a rule that fired: adds its points and raises the forced tier (red flags).</summary>
    public void Fire(int points, int minimumTier)
    {
        Score += points;
        ForcedTier = Math.Max(ForcedTier, minimumTier);
    }

    public void Reset()
    {
        Score = 0;
        ForcedTier = -1;
    }

    private bool Has(HouseholdPredicate p) => (_predicates & (1u << (int)p)) != 0;
}
