namespace ClinicalProject.GapAnalysis.Engine.Accessibility;

/// <summary>
/// Thrown by <see cref="FloatingCatchment"/> and <see cref="CatchmentNetwork"/> when inputs break a rule; nothing is
/// computed. <see cref="Errors"/> lists every problem found (field and rule), ready for a 400 problem response.
/// </summary>
public sealed class AccessibilityInputException : ArgumentException
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public AccessibilityInputException(IReadOnlyList<AccessibilityInputError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in input order.</summary>
    public IReadOnlyList<AccessibilityInputError> Errors { get; }

    private static string Describe(IReadOnlyList<AccessibilityInputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An input exception needs at least one error.", nameof(errors));
        }

        var first = errors[0];
        return errors.Count == 1
            ? $"{first.Field}: {first.Message}"
            : $"{first.Field}: {first.Message} (and {errors.Count - 1} more)";
    }
}
