namespace Dalhaengi.Core.Access;

/// <summary>Names what a retention rule applies to.</summary>
public enum RetentionData
{
    /// <summary>A household's contact name, phone number and note: pseudonymizing clears them and keeps the opaque id and facts.</summary>
    HouseholdContact,

    /// <summary>The whole household record.</summary>
    Household,
}
