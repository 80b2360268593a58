namespace ClinicalProject.ResourceInventory.Inventory;

/// <summary>A telephone number of an organisation, site or service (HSDS <c>phone</c>).</summary>
/// <param name="Number">The number as dialled locally, such as 819-780-2222.</param>
/// <param name="Extension">The extension, if any.</param>
/// <param name="Type">RFC 6350 type: voice, fax, text, cell, video, pager or textphone.</param>
/// <param name="Description">For whom or what the number is.</param>
public sealed record Phone(string Number, int? Extension = null, string? Type = null, string? Description = null)
{
    public static readonly string[] Types = ["voice", "fax", "text", "cell", "video", "pager", "textphone"];

    public static void Validate(IReadOnlyList<Phone>? phones, string field, FieldErrors errors)
    {
        for (var i = 0; i < (phones?.Count ?? 0); i++)
        {
            var phone = phones![i];
            errors.Required($"{field}[{i}].number", phone.Number, 64);
            if (phone.Type is not null && !Types.Contains(phone.Type))
            {
                errors.Add($"{field}[{i}].type", $"{field}[{i}].type must be one of: {string.Join(", ", Types)}.");
            }

            errors.MaxLength($"{field}[{i}].description", phone.Description, FieldErrors.NameMaxLength);
            if (phone.Extension is < 0)
            {
                errors.Add($"{field}[{i}].extension", "An extension is a positive number.");
            }
        }
    }
}
