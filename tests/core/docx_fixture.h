// Test-only: a small invented judgment as a .docx package, built from XML
// strings with the zip adapter, with every tricky case the .docx reader and
// writer guard: an ID split over a bold and a plain run, a tracked deletion
// holding another ID, a tracked insertion, a comment holding a phone number,
// a hidden run holding a name, a table, a tab and a line break, a field
// whose instruction names a person, a bookmark, a smart tag and an XML
// comment holding a name, a header, a footer, a footnote, document properties, custom properties, custom XML
// and a thumbnail. All names, numbers and wording are invented.
#ifndef WENSHU_TESTS_CORE_DOCX_FIXTURE_H_
#define WENSHU_TESTS_CORE_DOCX_FIXTURE_H_

#include <string>
#include <vector>

#include "core/zip_archive.h"

namespace wenshu::testing {

// Values that must never appear in any part of a redacted output.
inline const std::vector<std::string> kFixtureProtected = {
    "330211198706154417",   // the party's ID, before masking
    "19870615",             // its birth date digits, masked
    "330211196502283321",   // an ID inside a tracked deletion
    "13912345678",          // a phone number in a comment
    "柏鸣远",               // a name in a hidden run and in custom XML
    "柏书记",               // core.xml creator
    "某法官助理",           // core.xml lastModifiedBy
    "借款纠纷卷宗",         // core.xml title
    "澄江信息科技",         // app.xml company
    "卞主任",               // app.xml manager
    "13800001111",          // custom.xml property
    "THUMBNAIL-PIXELS",     // the thumbnail
    "00C4A1B2",             // an rsid
    "审核意见人",           // the comment's and the tracked changes' author
};

inline constexpr char kFixtureW[] =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships\"";

inline std::string FixtureDocumentXml() {
  return std::string(
             "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
             "<w:document ") +
         kFixtureW + R"(><w:body>
<!-- 经办：柏鸣远 -->
<w:p w:rsidR="00C4A1B2" w:rsidRDefault="00C4A1B2"><w:bookmarkStart w:id="5" w:name="柏鸣远_出处"/><w:r><w:t>青禾市澄江区人民法院</w:t></w:r><w:bookmarkEnd w:id="5"/></w:p>
<w:p><w:r w:rsidRPr="00C4A1B2"><w:t>民事判决书</w:t></w:r></w:p>
<w:p><w:r><w:t>（2025）青0211民初4417号</w:t></w:r></w:p>
<w:p><w:r><w:t>原告：柏某甲，男，身份证号码</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>3302111987</w:t></w:r><w:r><w:t>06154417</w:t></w:r><w:r><w:t xml:space="preserve">，住青禾市。 </w:t></w:r></w:p>
<w:p><w:r><w:t>被告：澄江某某贸易有限公司，</w:t></w:r><w:del w:id="1" w:author="审核意见人" w:date="2025-03-01T09:00:00Z"><w:r><w:delText>法定代表人身份证号330211196502283321，</w:delText></w:r></w:del><w:ins w:id="2" w:author="审核意见人" w:date="2025-03-01T09:01:00Z"><w:r><w:t>住所地青禾市滨河路18号</w:t></w:r></w:ins><w:r><w:t>。</w:t></w:r></w:p>
<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>本院立案后依法适用简易程序审理。</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r></w:p>
<w:p><w:r><w:t>原告诉称</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>柏鸣远</w:t></w:r><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>：</w:t></w:r><w:r><w:t>请求判令被告归还借款。</w:t></w:r></w:p>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>
<w:tr w:rsidR="00C4A1B2"><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>金额</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:smartTag w:uri="urn:example:tags" w:element="place"><w:smartTagPr><w:attr w:name="holder" w:val="柏鸣远"/></w:smartTagPr><w:r><w:t>借款本金</w:t></w:r></w:smartTag></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>50000元</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><w:t>判决如下：被告于十日内归还借款</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>
<w:p><w:r><w:t>审判员</w:t></w:r><w:r><w:tab/><w:t>甘宁远</w:t></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY 柏鸣远 \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>二〇二五年三月一日</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
<w:p><w:r><w:t>书记员</w:t><w:br/><w:t>吕一禾</w:t></w:r></w:p>
<w:sectPr w:rsidR="00C4A1B2"><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body></w:document>)";
}

// The flat text ReadDocx makes of the fixture.
inline constexpr char kFixtureBodyText[] =
    "青禾市澄江区人民法院\n"
    "民事判决书\n"
    "（2025）青0211民初4417号\n"
    "原告：柏某甲，男，身份证号码330211198706154417，住青禾市。 \n"
    "被告：澄江某某贸易有限公司，住所地青禾市滨河路18号。\n"
    "本院立案后依法适用简易程序审理。\n"
    "原告诉称：请求判令被告归还借款。\n"
    "项目\n"
    "金额\n"
    "借款本金\n"
    "50000元\n"
    "判决如下：被告于十日内归还借款。\n"
    "审判员\t甘宁远\n"
    "二〇二五年三月一日\n"
    "书记员\n吕一禾\n";
inline constexpr char kFixtureStoriesText[] =
    "\n青禾市澄江区人民法院　（2025）青0211民初4417号\n"
    "\n澄江法院印制\n"
    "\n参见双方所签借款合同第三条。\n";

inline std::vector<ZipEntry> FixtureEntries() {
  const std::string w = kFixtureW;
  const std::string decl =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  const std::string rel =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  return {
      {"[Content_Types].xml",
       decl +
           R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
           R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
           R"(<Default Extension="xml" ContentType="application/xml"/>)"
           R"(<Default Extension="jpeg" ContentType="image/jpeg"/>)"
           R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
           R"(<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>)"
           R"(<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>)"
           R"(<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>)"
           R"(<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>)"
           R"(<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>)"
           R"(<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>)"
           R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
           R"(<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)"
           R"(<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>)"
           "</Types>"},
      {"_rels/.rels",
       decl +
           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
           "<Relationship Id=\"rId1\" Type=\"" + rel +
           "officeDocument\" Target=\"word/document.xml\"/>"
           R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
           "<Relationship Id=\"rId3\" Type=\"" + rel +
           "extended-properties\" Target=\"docProps/app.xml\"/>"
           "<Relationship Id=\"rId4\" Type=\"" + rel +
           "custom-properties\" Target=\"docProps/custom.xml\"/>"
           R"(<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail" Target="/docProps/thumbnail.jpeg"/>)"
           "</Relationships>"},
      {"word/document.xml", FixtureDocumentXml()},
      {"word/_rels/document.xml.rels",
       decl +
           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
           "<Relationship Id=\"rIdS\" Type=\"" + rel +
           "settings\" Target=\"settings.xml\"/>"
           "<Relationship Id=\"rIdH1\" Type=\"" + rel +
           "header\" Target=\"header1.xml\"/>"
           "<Relationship Id=\"rIdF1\" Type=\"" + rel +
           "footer\" Target=\"footer1.xml\"/>"
           "<Relationship Id=\"rIdFn\" Type=\"" + rel +
           "footnotes\" Target=\"footnotes.xml\"/>"
           "<Relationship Id=\"rIdC\" Type=\"" + rel +
           "comments\" Target=\"comments.xml\"/>"
           "<Relationship Id=\"rIdX\" Type=\"" + rel +
           "customXml\" Target=\"../customXml/item1.xml\"/>"
           "<Relationship Id=\"rIdL\" Type=\"" + rel +
           "hyperlink\" Target=\"https://example.invalid/\" TargetMode=\"External\"/>"
           "</Relationships>"},
      {"word/settings.xml",
       decl + "<w:settings " + w +
           "><w:zoom w:percent=\"100\"/><w:rsids><w:rsidRoot "
           "w:val=\"00C4A1B2\"/><w:rsid w:val=\"00C4A1B2\"/></w:rsids>"
           "</w:settings>"},
      {"word/header1.xml",
       decl + "<w:hdr " + w +
           "><w:p w:rsidR=\"00C4A1B2\"><w:r><w:t>青禾市澄江区人民法院　"
           "（2025）青0211民初4417号</w:t></w:r></w:p></w:hdr>"},
      {"word/footer1.xml",
       decl + "<w:ftr " + w +
           "><w:p><w:r><w:t>澄江法院印制</w:t></w:r></w:p></w:ftr>"},
      {"word/footnotes.xml",
       decl + "<w:footnotes " + w +
           "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r>"
           "<w:separator/></w:r></w:p></w:footnote><w:footnote "
           "w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
           "<w:continuationSeparator/></w:r></w:p></w:footnote>"
           "<w:footnote w:id=\"1\"><w:p><w:r><w:rPr><w:vertAlign "
           "w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r><w:r>"
           "<w:t>参见双方所签借款合同第三条。</w:t></w:r></w:p></w:footnote>"
           "</w:footnotes>"},
      {"word/comments.xml",
       decl + "<w:comments " + w +
           "><w:comment w:id=\"0\" w:author=\"审核意见人\" w:initials=\"审\">"
           "<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>请先电话核实，"
           "13912345678</w:t></w:r></w:p></w:comment></w:comments>"},
      {"customXml/item1.xml", "<case><party>柏鸣远</party></case>"},
      {"customXml/itemProps1.xml",
       decl +
           R"(<ds:datastoreItem ds:itemID="{6A1D5E3C-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>)"},
      {"customXml/_rels/item1.xml.rels",
       decl +
           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
           "<Relationship Id=\"rId1\" Type=\"" + rel +
           "customXmlProps\" Target=\"itemProps1.xml\"/></Relationships>"},
      {"docProps/core.xml",
       decl +
           R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)"
           "<dc:title>借款纠纷卷宗</dc:title><dc:creator>柏书记</dc:creator>"
           "<cp:lastModifiedBy>某法官助理</cp:lastModifiedBy>"
           "<cp:revision>7</cp:revision>"
           R"(<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-01T08:00:00Z</dcterms:created>)"
           "</cp:coreProperties>"},
      {"docProps/app.xml",
       decl +
           R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
           "<Application>Microsoft Office Word</Application><Pages>1</Pages>"
           "<Company>澄江信息科技有限公司</Company><Manager>卞主任</Manager>"
           "</Properties>"},
      {"docProps/custom.xml",
       decl +
           R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
           R"(<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Phone"><vt:lpwstr>13800001111</vt:lpwstr></property>)"
           "</Properties>"},
      {"docProps/thumbnail.jpeg", "THUMBNAIL-PIXELS"},
  };
}

inline std::string FixtureDocx() { return WriteZip(FixtureEntries()).value(); }

}  // namespace wenshu::testing

#endif  // WENSHU_TESTS_CORE_DOCX_FIXTURE_H_
