// Fuzz target: the workbook reader. The input is a sheet's XML and, after the first byte 0x01 if
// there is one, the shared strings' XML; both are packed with a fixed workbook into an .xlsx
// (the archive itself is minizip's concern, the XML the reader's) and read through
// examples/screening/ats-mapping.json. Besides crashes and sanitizer reports, it traps when a
// documented property fails:
// - opening fails with at least one error, or gives records whose row numbers only grow;
// - a record that cannot be decoded gives at least one error, none with an empty message;
// - a reading stopped part-way says why.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <zip.h>

#include "eligo/batch.h"

namespace {

void require(bool property) {
    if (!property) __builtin_trap();
}

std::shared_ptr<const eligo::CsvMapping> mapping;

const char* const kWorkbook =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Export\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const char* const kRelationships =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>";

void add(zipFile zip, const char* name, std::string_view text) {
    require(zipOpenNewFileInZip(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 1) == ZIP_OK);
    require(zipWriteInFileInZip(zip, text.data(), static_cast<unsigned>(text.size())) == ZIP_OK);
    require(zipCloseFileInZip(zip) == ZIP_OK);
}

// The workbook in a memory file that the reader opens by name, without touching the disk.
class MemoryWorkbook {
public:
    MemoryWorkbook(std::string_view sheet, std::string_view strings) : fd_(memfd_create("xlsx", 0)) {
        require(fd_ >= 0);
        path_ = "/proc/self/fd/" + std::to_string(fd_);
        zipFile zip = zipOpen(path_.c_str(), APPEND_STATUS_CREATE);
        require(zip != nullptr);
        add(zip, "xl/workbook.xml", kWorkbook);
        add(zip, "xl/_rels/workbook.xml.rels", kRelationships);
        add(zip, "xl/worksheets/sheet1.xml", sheet);
        add(zip, "xl/sharedStrings.xml", strings);
        require(zipClose(zip, nullptr) == ZIP_OK);
    }
    ~MemoryWorkbook() { close(fd_); }
    MemoryWorkbook(const MemoryWorkbook&) = delete;
    MemoryWorkbook& operator=(const MemoryWorkbook&) = delete;
    const std::string& path() const { return path_; }

private:
    int fd_;
    std::string path_;
};

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    auto m = eligo::load_csv_mapping(ELIGO_SOURCE_DIR "/examples/screening/ats-mapping.json");
    require(static_cast<bool>(m));
    mapping = *m;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    auto split = input.find('\x01');
    std::string_view sheet = input.substr(0, split);
    std::string_view strings = split == std::string_view::npos ? std::string_view("<sst/>") : input.substr(split + 1);
    MemoryWorkbook book(sheet, strings);

    auto source = eligo::open_xlsx(book.path(), mapping);
    if (!source) {
        require(!source.errors().empty());  // e.g. a header without the mapped columns
        for (const auto& e : source.errors()) require(!e.message.empty());
        return 0;
    }
    eligo::ProfileReadOptions options;
    options.max_bytes = 1u << 16;
    eligo::RawRecord record;
    std::uint64_t last = 1;  // the header's row at least
    while ((*source)->next(record)) {
        require(!record.where().empty());
        require(record.number > last);
        last = record.number;
        auto profile = record.decoder->decode(record, options, nullptr);
        if (!profile) {
            require(!profile.errors().empty());
            for (const auto& e : profile.errors()) require(!e.message.empty());
        }
    }
    if (auto failure = (*source)->failure()) require(!failure->message.empty());
    return 0;
}
