namespace Dalhaengi.Core.Access;

/// <summary>States what happens to data once its retention period has run out.</summary>
public enum RetentionAction
{
    /// <summary>Replace the data that identifies a person, keeping what statistics need (가명처리).</summary>
    Pseudonymize,

    /// <summary>Delete the data (파기).</summary>
    Delete,
}
