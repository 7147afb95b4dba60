using System.Text;
using DataForLife.Web.Domain.Roster;
using DataForLife.Web.Features.Roster;

namespace DataForLife.Tests.Registration;

public sealed class RosterFileTests
{
    private static readonly string[] Groups = ["academic", "enterprise", "media"];
    private static readonly DateTime Now = new(2023, 8, 1, 0, 0, 0, DateTimeKind.Utc);

    private static RosterPreview Preview(string csv, params StaffMember[] existing)
    {
        var (rows, error) = RosterFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        Assert.Null(error);
        return RosterPreview.Build(rows, "2023", Groups, existing, Now);
    }

    [Fact]
    public void A_well_formed_file_gives_one_person_a_row()
    {
        var preview = Preview("""
            body,group,position,full_name,date_of_birth,email,identity_number,organisation
            jury,,head,Phạm Văn Hùng,12/03/1970,hung@c06.gov.vn,,Cục C06
            Ban Giám khảo,academic,Trưởng nhóm,Lê Thị Thu,,thu@hust.edu.vn,,ĐH Bách khoa Hà Nội
            to giup viec,,,Võ Minh Tuấn,,,001085001234,Trung tâm Dữ liệu
            """);

        Assert.Equal(3, preview.Valid);
        Assert.Equal(0, preview.Invalid);
        var lead = preview.Lines[1].Staff!;
        Assert.Equal((StaffBody.Jury, StaffPosition.Lead, "academic"), (lead.Body, lead.Position, lead.Group));
        Assert.Equal(StaffBody.Support, preview.Lines[2].Staff!.Body);
    }

    [Fact]
    public void A_file_with_a_wrong_column_is_refused_as_a_whole()
    {
        var (rows, error) = RosterFile.Read(new MemoryStream(Encoding.UTF8.GetBytes("body,full_name,phone\njury,Lê Văn Tâm,0912\n")));

        Assert.Empty(rows);
        Assert.Equal("Roster.WrongColumns", error!.MessageKey);
        Assert.Contains("phone", (string)error.Arguments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_missing_a_required_column_is_refused()
    {
        var (_, error) = RosterFile.Read(new MemoryStream(Encoding.UTF8.GetBytes("body,email\njury,a@b.vn\n")));

        Assert.Equal("Roster.WrongColumns", error!.MessageKey);
    }

    [Fact]
    public void An_empty_row_between_people_is_reported_with_its_number()
    {
        var preview = Preview("body,full_name\njury,Lê Văn Tâm\n,\nsupport,Võ Minh Tuấn\n");

        Assert.Equal(2, preview.Valid);
        var empty = Assert.Single(preview.Lines, l => !l.IsValid);
        Assert.Equal(3, empty.Row);
        Assert.Equal("Roster.EmptyRow", empty.Errors.Single().MessageKey);
    }

    [Fact]
    public void The_same_person_twice_in_a_file_is_reported_at_the_second_row()
    {
        var preview = Preview("body,full_name,email\njury,Lê Văn Tâm,tam@hust.edu.vn\ncouncil,Lê Văn Tâm (HUST),TAM@hust.edu.vn\n");

        var duplicate = Assert.Single(preview.Lines, l => !l.IsValid);
        Assert.Equal(3, duplicate.Row);
        Assert.Equal("Roster.DuplicateInFile", duplicate.Errors.Single().MessageKey);
    }

    [Fact]
    public void A_person_already_on_the_roster_is_reported()
    {
        var existing = new StaffMember { Email = "tam@hust.edu.vn", NameKey = "le van tam" };

        var preview = Preview("body,full_name,email\njury,Lê Văn Tâm,tam@hust.edu.vn\n", existing);

        Assert.Equal("Roster.AlreadyOnRoster", preview.Lines.Single().Errors.Single().MessageKey);
    }

    [Fact]
    public void Each_bad_cell_is_named()
    {
        var preview = Preview("body,group,full_name,date_of_birth,email\npress,sports,   ,31/02/1990,not-an-email\n");

        var keys = preview.Lines.Single().Errors.Select(e => e.MessageKey).ToList();
        Assert.Equal(["Roster.BodyUnknown", "Roster.GroupUnknown", "Roster.NameRequired", "Roster.DateInvalid", "Roster.EmailInvalid"], keys);
    }

    [Fact]
    public void A_file_that_is_not_text_is_refused()
    {
        var (_, error) = RosterFile.Read(new MemoryStream([0xFF, 0xFE, 0x00, 0xC3, 0x28, 0xA0, 0xA1]));

        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("<worksheet><sheetData><row><c")]
    [InlineData("")]
    public void A_workbook_whose_sheet_is_not_well_formed_is_refused_as_unreadable(string sheet)
    {
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[]
            {
                ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></sheets></workbook>"),
                ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"/></Relationships>"),
                ("xl/worksheets/sheet1.xml", sheet),
            })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        zip.Position = 0;
        var (rows, error) = RosterFile.Read(zip);

        Assert.Empty(rows);
        Assert.Equal("Roster.FileUnreadable", error?.MessageKey);
    }
}
