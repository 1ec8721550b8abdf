namespace Dalhaengi.Core.Households;

/// <summary>
/// Names a derived fact about a household that rule sets can test (lives alone, has a member aged 65 or over…).
/// </summary>
/// <remarks>
/// Ages are computed from birth years as <c>as-of year − birth year</c>, the age a member reaches during the
/// as-of year, because households record birth years only. Values are written kebab-case in rule files
/// (<c>lives-alone-aged65-plus</c>).
/// </remarks>
public enum HouseholdPredicate
{
    /// <summary>One person lives in the household (1인가구).</summary>
    LivesAlone,

    /// <summary>One person aged 65 or over lives alone (독거노인).</summary>
    LivesAloneAged65Plus,

    /// <summary>One person aged 19 to 64 lives alone (청년·중장년 1인가구).</summary>
    LivesAloneWorkingAge,

    /// <summary>At least one member is aged 65 or over.</summary>
    HasMemberAged65Plus,

    /// <summary>At least one member is under 18.</summary>
    HasChildUnder18,

    /// <summary>At least one member has a registered disability (장애).</summary>
    HasDisabledMember,

    /// <summary>At least one member has a chronic illness.</summary>
    HasChronicIllness,

    /// <summary>A head without a spouse raises at least one child under 18 (한부모가정).</summary>
    SingleParentWithChildUnder18,

    /// <summary>Grandchildren live with the head and no child of the head does (조손가정).</summary>
    GrandparentHeaded,

    /// <summary>The team cannot reach the household.</summary>
    Unreachable,

    /// <summary>The household has moved away from its registered address.</summary>
    Moved,

    /// <summary>The household lives in a dwelling that is not housing (비주택).</summary>
    NonResidentialHousing,

    /// <summary>The household receives basic livelihood security (기초생활수급).</summary>
    BasicLivelihoodRecipient,

    /// <summary>The household is near-poor (차상위).</summary>
    NearPoor,

    /// <summary>The household is already under integrated case management.</summary>
    UnderCaseManagement,
}
