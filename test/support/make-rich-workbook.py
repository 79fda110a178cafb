"""Builds a member list carrying what other tools put in workbooks: a chart, an image, comments,
data validation, conditional formats, defined names (openpyxl), then a pivot table, custom XML and
a macro project part added as raw parts. Usage: python3 make-rich-workbook.py OUT.xlsx"""
import base64
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

out = sys.argv[1]
wb = Workbook()
ws = wb.active
ws.title = "Danh sách ĐV"
ws["A1"] = "DANH SÁCH ĐẢNG VIÊN CHI BỘ TỔ DÂN PHỐ SỐ 7"
ws["A1"].font = Font(name="Times New Roman", bold=True, size=14)
ws.append([])
ws.append(["STT", "Họ và tên", "Năm sinh", "Xếp loại"])
levels = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"]
for i in range(1, 13):
    ws.append([i, f"Nguyễn Văn {chr(64 + i)}", 1960 + i, levels[0] if i == 1 else levels[1] if i < 10 else levels[2]])
ws["B4"].comment = Comment("Bí thư chi bộ", "Văn phòng")
ws["D5"].comment = Comment("Đã xác minh", "Văn phòng")
dv = DataValidation(type="list", formula1='"Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ,Hoàn thành nhiệm vụ,Không hoàn thành nhiệm vụ"')
ws.add_data_validation(dv)
dv.add("D4:D15")
ws.conditional_formatting.add("C4:C15", CellIsRule(operator="lessThan", formula=["1965"], fill=PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")))
wb.defined_names.append(DefinedName("DanhSach", attr_text="'Danh sách ĐV'!$A$3:$D$15"))
stats = wb.create_sheet("Thống kê")
stats.append(["Xếp loại", "Số"])
stats.append(["Xuất sắc", 1])
stats.append(["Tốt", 8])
stats.append(["Hoàn thành", 3])
chart = BarChart()
chart.title = "Xếp loại"
chart.add_data(Reference(stats, min_col=2, min_row=1, max_row=4), titles_from_data=True)
chart.set_categories(Reference(stats, min_col=1, min_row=2, max_row=4))
stats.add_chart(chart, "D2")
wb.save(out)

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PIVOT_CACHE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="{MAIN}" xmlns:r="{REL}" r:id="rId1" refreshOnLoad="1" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Thống kê"/></cacheSource><cacheFields count="2"><cacheField name="Xếp loại" numFmtId="0"><sharedItems count="3"><s v="Xuất sắc"/><s v="Tốt"/><s v="Hoàn thành"/></sharedItems></cacheField><cacheField name="Số" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="8"/></cacheField></cacheFields></pivotCacheDefinition>"""
PIVOT_RECORDS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords xmlns="{MAIN}" xmlns:r="{REL}" count="3"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="8"/></r><r><x v="2"/><n v="3"/></r></pivotCacheRecords>"""
PIVOT_TABLE = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="{MAIN}" name="PivotXepLoai" cacheId="7" dataCaption="Giá trị" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="H2:I6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Tổng Số" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>"""

with zipfile.ZipFile(out) as z:
    parts = {n: z.read(n) for n in z.namelist()}

def text(name):
    return parts[name].decode("utf-8")

# Find the statistics sheet and its drawing.
sheet2 = "xl/worksheets/sheet2.xml"
rels2 = "xl/worksheets/_rels/sheet2.xml.rels"
drawing = [n for n in parts if n.startswith("xl/drawings/drawing") and n.endswith(".xml")][0]
drawing_rels = drawing.replace("drawings/", "drawings/_rels/") + ".rels"

# An image beside the chart, in the same drawing.
parts["xl/media/image1.png"] = PNG
dr = text(drawing_rels).replace("</Relationships>", '<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/></Relationships>')
parts[drawing_rels] = dr.encode()
pic = ('<xdr:oneCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
       '<xdr:ext cx="952500" cy="952500"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="10" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr>'
       '<xdr:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
       '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>')
d = text(drawing)
close = d.rindex("</")
parts[drawing] = (d[:close] + pic + d[close:]).encode()

# A pivot table on the statistics sheet.
parts["xl/pivotCache/pivotCacheDefinition1.xml"] = PIVOT_CACHE.encode()
parts["xl/pivotCache/pivotCacheRecords1.xml"] = PIVOT_RECORDS.encode()
parts["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels"] = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>').encode()
parts["xl/pivotTables/pivotTable1.xml"] = PIVOT_TABLE.encode()
parts["xl/pivotTables/_rels/pivotTable1.xml.rels"] = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>').encode()
parts[rels2] = text(rels2).replace("</Relationships>", '<Relationship Id="rIdPivot1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>').encode()
wbrels = text("xl/_rels/workbook.xml.rels").replace("</Relationships>",
    '<Relationship Id="rIdCache7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>'
    '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>')
parts["xl/_rels/workbook.xml.rels"] = wbrels.encode()
wbx = text("xl/workbook.xml")
pc = f'<pivotCaches><pivotCache xmlns:r="{REL}" cacheId="7" r:id="rIdCache7"/></pivotCaches>'
if "<calcPr" in wbx:
    i = wbx.index("<calcPr")
    j = wbx.index(">", i) + 1
    wbx = wbx[:j] + pc + wbx[j:]
else:
    wbx = wbx.replace("</workbook>", pc + "</workbook>")
parts["xl/workbook.xml"] = wbx.encode()

# Custom XML and a macro project part (bytes that are not XML at all).
parts["customXml/item1.xml"] = '<?xml version="1.0" encoding="UTF-8"?><chiBo xmlns="urn:example:chibo"><ma>TDP7</ma></chiBo>'.encode()
parts["customXml/_rels/item1.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>').encode()
parts["customXml/itemProps1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6B3F1E55-0000-4000-8000-000000000001}" '
    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>').encode()
parts["xl/vbaProject.bin"] = bytes(range(256)) * 8
ct = text("[Content_Types].xml").replace("</Types>",
    '<Default Extension="png" ContentType="image/png"/>' if 'Extension="png"' not in text("[Content_Types].xml") else "</Types>")
if not ct.endswith("</Types>"):
    ct += "</Types>"
ct = ct.replace("</Types>",
    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
    '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>'
    '<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>'
    '<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>'
    '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
    "</Types>")
parts["[Content_Types].xml"] = ct.encode()
rootrels = text("_rels/.rels")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", parts.pop("[Content_Types].xml"))
    for name, data in parts.items():
        z.writestr(name, data)
