package nl.verbinder.portal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code as an SVG image in a {@code data:} URI (the Content-Security-Policy allows
 * {@code data:} images and no inline styles), for the activation link on the invitation
 * letter. Error correction M, four modules of quiet zone, black on white: what phone
 * cameras read best from paper.
 */
final class QrCode {

	private QrCode() {
	}

	static String svgDataUri(String text) {
		return "data:image/svg+xml;base64,"
				+ Base64.getEncoder().encodeToString(svg(text).getBytes(StandardCharsets.UTF_8));
	}

	static String svg(String text) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("No QR code for a text of " + text.length() + " characters", e);
		}
		int w = matrix.getWidth();
		int h = matrix.getHeight();
		var path = new StringBuilder();
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h
				+ "\" shape-rendering=\"crispEdges\">" + "<rect width=\"" + w + "\" height=\"" + h
				+ "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

}
