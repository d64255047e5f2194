import {templateWorkbook} from "../../loaders/templates/workbook.js";

process.stdout.write(Buffer.from(await templateWorkbook().xlsx.writeBuffer()));
